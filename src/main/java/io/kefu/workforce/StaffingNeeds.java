package io.kefu.workforce;

import java.time.LocalDate;

import io.kefu.shop.ShopId;

/** The staffing need of a shop's day, forecast from its own history. */
public interface StaffingNeeds {

	StaffingNeed of(ShopId shop, LocalDate day);

}
