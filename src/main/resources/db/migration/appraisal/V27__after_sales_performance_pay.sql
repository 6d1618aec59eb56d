-- After-sales agents are paid 底薪 + 绩效 + 奖金 (seed 000 第四章): 绩效 is an amount per agent paid × KPI ÷ 100, in
-- place of the pre-sales commission. Zero for everyone until a supervisor gives it.
alter table appraisal_input add column performance_pay numeric(12,2) not null default 0 check (performance_pay >= 0);
