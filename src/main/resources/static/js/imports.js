// The import page: sends dropped or chosen files to the import API with XMLHttpRequest,
// because only its upload.onprogress reports the bytes sent, then follows the job by
// polling the API. Chosen files wait for the start button, so that the options are set first.
// Every word shown comes from the page (#import-text), in its language.
(function () {
  "use strict";

  var POLL_MS = 1000;
  var ERRORS_SHOWN = 10;

  var form = document.getElementById("import-form");
  if (!form) {
    return;
  }
  var text = JSON.parse(document.getElementById("import-text").textContent);
  var input = document.getElementById("import-files");
  var skip = document.getElementById("import-skip");
  var zone = form.querySelector(".drop-zone");
  var submissions = document.getElementById("import-submissions");

  var chosen = document.getElementById("import-chosen");
  var chosenList = document.getElementById("import-chosen-list");
  var startRow = document.getElementById("import-start-row");
  // Files chosen or dropped wait here until the button: the options are set before the upload starts.
  var staged = [];

  // The file input is the fallback and the path tests script: both end in stage(), then the button.
  input.addEventListener("change", function () {
    if (input.files.length > 0) {
      stage(input.files);
      input.value = "";
    }
  });
  document.getElementById("import-start").addEventListener("click", function () {
    if (staged.length > 0) {
      var files = staged;
      stage([], true);
      submit(files);
    }
  });
  document.getElementById("import-clear").addEventListener("click", function () { stage([], true); });

  function stage(files, replace) {
    staged = (replace ? [] : staged).concat(Array.prototype.slice.call(files));
    chosenList.replaceChildren.apply(chosenList, staged.map(function (file) {
      var item = el("li", "", file.name + " ");
      item.appendChild(el("span", "muted", size(file.size)));
      return item;
    }));
    chosen.hidden = staged.length === 0;
    startRow.hidden = staged.length === 0;
    if (staged.length > 0) {
      document.getElementById("import-start").focus();
    }
  }

  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add("drop-active");
    });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.remove("drop-active");
    });
  });
  zone.addEventListener("drop", function (event) {
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      stage(event.dataTransfer.files);
    }
  });
  // A file dropped next to the zone would make the browser leave the page and lose the others.
  window.addEventListener("dragover", function (event) { event.preventDefault(); });
  window.addEventListener("drop", function (event) { event.preventDefault(); });

  function submit(files) {
    var card = submissionCard(files);
    // the recent imports below reload themselves while a job runs, this one included
    var started = function () { document.body.dispatchEvent(new CustomEvent("kefu-import-started")); };

    // the server would refuse it anyway: say so before sending a byte
    var total = Array.prototype.reduce.call(files, function (sum, file) { return sum + file.size; }, 0);
    if (total > Number(form.dataset.maxUpload)) {
      failUpload(card, text.refused["413"]);
      return;
    }
    var data = new FormData();
    Array.prototype.forEach.call(files, function (file) { data.append("files", file, file.name); });
    data.append("skipBadLines", skip.checked ? "true" : "false");

    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.dataset.api);
    xhr.setRequestHeader(meta("_csrf_header"), meta("_csrf"));
    xhr.setRequestHeader("Accept", "application/json");
    // the API speaks the browser's language unless told the page's
    xhr.setRequestHeader("Accept-Language", form.dataset.lang);
    xhr.upload.onprogress = function (event) {
      if (event.lengthComputable) {
        showProgress(card, event.loaded, event.total);
      }
    };
    xhr.onload = function () {
      if (xhr.status === 202) {
        var job = JSON.parse(xhr.responseText);
        card.status.textContent = text.uploaded;
        card.bar.value = card.bar.max;
        started();
        follow(card, job.id);
      }
      else {
        failUpload(card, problemDetail(xhr) || text.refused[xhr.status] || format(text.refused.other, [xhr.status]));
      }
    };
    xhr.onerror = function () { failUpload(card, text.networkError); };
    xhr.send(data);
  }

  // A 400 says why in its problem details, in the page's language (sent as Accept-Language).
  function problemDetail(xhr) {
    if (xhr.status !== 400 || (xhr.getResponseHeader("Content-Type") || "").indexOf("problem+json") < 0) {
      return null;
    }
    try {
      return JSON.parse(xhr.responseText).detail || null;
    }
    catch (ignored) {
      return null;
    }
  }

  function follow(card, jobId) {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", form.dataset.jobApi + encodeURIComponent(jobId));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Accept-Language", form.dataset.lang);
    xhr.onload = function () {
      if (xhr.status !== 200) {
        card.status.textContent = text.followFailed;
        return;
      }
      var job = JSON.parse(xhr.responseText);
      showJob(card, job);
      if (job.status === "QUEUED" || job.status === "RUNNING") {
        setTimeout(function () { follow(card, jobId); }, POLL_MS);
      }
    };
    xhr.onerror = function () { card.status.textContent = text.followFailed; };
    xhr.send();
  }

  function submissionCard(files) {
    var card = el("article", "card import-submission");
    var head = el("div", "import-file-head");
    var names = Array.prototype.map.call(files, function (file) { return file.name; });
    head.appendChild(el("span", "strong", names.join(", ")));
    var status = el("span", "badge badge-warn", text.uploading);
    head.appendChild(status);
    card.appendChild(head);
    var bar = el("progress", "upload-bar");
    bar.max = 1;
    bar.value = 0;
    card.appendChild(bar);
    var bytes = el("p", "hint upload-bytes", "");
    card.appendChild(bytes);
    var job = el("div", "submission-job");
    card.appendChild(job);
    submissions.insertBefore(card, submissions.firstChild);
    return { root: card, status: status, bar: bar, bytes: bytes, job: job };
  }

  function showProgress(card, loaded, total) {
    card.bar.max = total;
    card.bar.value = loaded;
    var percent = total > 0 ? Math.floor(loaded * 100 / total) : 100;
    card.bytes.textContent = format(text.progress, [size(loaded), size(total), percent]);
  }

  function failUpload(card, reason) {
    card.status.className = "badge badge-danger";
    card.status.textContent = text.uploadFailed;
    card.bar.hidden = true;
    card.bytes.hidden = true;
    card.job.replaceChildren(el("div", "alert alert-error", reason));
  }

  function showJob(card, job) {
    card.status.className = "badge " + badgeOf(job.status);
    card.status.textContent = text.status[job.status];
    card.job.replaceChildren();
    if (job.status === "FAILED") {
      card.job.appendChild(el("div", "alert alert-error", job.failureReason || text.failed));
    }
    var anyErrors = false;
    job.files.forEach(function (file) {
      card.job.appendChild(fileResult(file));
      anyErrors = anyErrors || (file.report !== null && file.report.errors.length > 0);
    });
    var links = el("p", "import-links");
    if (anyErrors) {
      var download = link(form.dataset.jobPage + encodeURIComponent(job.id) + "/errors", text.download, "button");
      download.setAttribute("download", "");
      links.appendChild(download);
    }
    links.appendChild(link(form.dataset.jobPage + encodeURIComponent(job.id), text.open, "button"));
    card.job.appendChild(links);
  }

  function fileResult(file) {
    var box = el("div", "import-file");
    var head = el("div", "import-file-head");
    head.appendChild(el("span", "strong", file.name));
    head.appendChild(el("span", "muted", size(file.size)));
    head.appendChild(el("span", "badge " + (file.status === "DONE" ? "badge-muted"
        : file.status === "STOPPED" ? "badge-danger" : "badge-warn"), text.file[file.status]));
    box.appendChild(head);
    var report = file.report;
    if (report === null) {
      return box;
    }
    head.appendChild(el("span", "chip", text.kind[report.kind || "unknown"]));
    head.appendChild(outcome(report));
    box.appendChild(counts(report));
    if (report.errors.length > 0) {
      var shown = Math.min(ERRORS_SHOWN, report.errors.length);
      box.appendChild(el("p", "hint", format(text.errorsFirst, [shown, report.errorCount])));
      var list = el("ol", "import-errors");
      report.errors.slice(0, shown).forEach(function (error) { list.appendChild(el("li", "mono", error)); });
      box.appendChild(list);
    }
    return box;
  }

  // Whether the file's rows were stored, and whether bad lines were left out to do so.
  function outcome(report) {
    if (!report.applied) {
      return el("span", "badge badge-danger", text.notApplied);
    }
    return report.rejected > 0 ? el("span", "badge badge-warn", format(text.appliedSkipping, [report.rejected]))
        : el("span", "badge badge-ok", text.applied);
  }

  function counts(report) {
    var list = el("dl", "counts");
    ["read", "inserted", "updated", "unchanged", "rejected"].forEach(function (name) {
      var item = el("div", name === "rejected" && report.rejected > 0 ? "counts-bad" : "");
      item.appendChild(el("dt", "", text.counts[name]));
      item.appendChild(el("dd", "", String(report[name])));
      list.appendChild(item);
    });
    return list;
  }

  function badgeOf(status) {
    return status === "DONE" ? "badge-ok" : status === "FAILED" ? "badge-danger" : "badge-warn";
  }

  function size(bytes) {
    return bytes < 1048576 ? format(text.sizeKb, [oneDecimal(bytes / 1024)])
        : format(text.sizeMb, [oneDecimal(bytes / 1048576)]);
  }

  // Rounds half to even as the server's pages do, so that a file's size reads the same on both.
  function oneDecimal(value) {
    var tenths = value * 10;
    var floor = Math.floor(tenths);
    var rest = tenths - floor;
    var rounded = rest > 0.5 || (rest === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
    return (rounded / 10).toFixed(1);
  }

  // The message files' {0}, {1}… placeholders, filled in here as Spring would on the server.
  function format(pattern, args) {
    return pattern.replace(/\{(\d+)\}/g, function (all, index) {
      return index < args.length ? String(args[index]) : all;
    });
  }


  function meta(name) {
    return document.querySelector("meta[name='" + name + "']").getAttribute("content");
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content !== undefined) {
      node.textContent = content;
    }
    return node;
  }

  function link(href, label, className) {
    var a = el("a", className, label);
    a.href = href;
    return a;
  }
})();
