/* audiodigest player: plain script, no dependencies, no network beyond the page's own files.
 * Enhances every .ad-player on the page: play/pause, -15/+15 s, speed, seek bar, chapters
 * that seek, and a transcript whose current sentence is highlighted and clickable. The
 * transcript comes from the page when it was rendered with cues, else from the <track>. */
(function () {
  "use strict";
  var SKIP_S = 15;

  function fmt(t) {
    if (!isFinite(t) || t < 0) { t = 0; }
    t = Math.floor(t);
    var h = Math.floor(t / 3600), m = Math.floor((t % 3600) / 60), s = t % 60;
    var ss = (s < 10 ? "0" : "") + s;
    if (h > 0) { return h + ":" + (m < 10 ? "0" : "") + m + ":" + ss; }
    return m + ":" + ss;
  }

  function setup(root) {
    var audio = root.querySelector("audio");
    if (!audio) { return; }
    var play = root.querySelector(".ad-play");
    var back = root.querySelector(".ad-back");
    var fwd = root.querySelector(".ad-fwd");
    var speed = root.querySelector(".ad-speed");
    var seek = root.querySelector(".ad-seek");
    var time = root.querySelector(".ad-time");
    var cueBox = root.querySelector(".ad-cues");
    var chapterButtons = Array.prototype.slice.call(root.querySelectorAll(".ad-chapter"));
    var cues = [];
    var current = -1;
    var currentChapter = -1;

    function duration() {
      var d = audio.duration;
      if (isFinite(d) && d > 0) { return d; }
      return parseFloat(root.getAttribute("data-duration")) || 0;
    }

    function seekTo(t) {
      var d = duration();
      t = Math.max(0, d ? Math.min(t, d) : t);
      audio.currentTime = t;
      update();
    }

    function collectCues() {
      cues = Array.prototype.slice.call(cueBox ? cueBox.querySelectorAll(".ad-cue") : []);
      cues.forEach(function (el) {
        el.addEventListener("click", function () {
          seekTo(parseFloat(el.getAttribute("data-start")));
        });
      });
    }

    function cuesFromTrack() {
      var trackEl = audio.querySelector("track");
      if (!trackEl || !cueBox || cueBox.querySelector(".ad-cue")) { return; }
      var track = trackEl.track;
      track.mode = "hidden";
      function build() {
        if (!track.cues || cueBox.querySelector(".ad-cue")) { return; }
        var p = document.createElement("p");
        for (var i = 0; i < track.cues.length; i++) {
          var c = track.cues[i];
          var b = document.createElement("button");
          b.type = "button";
          b.className = "ad-cue";
          b.setAttribute("data-start", String(c.startTime));
          b.setAttribute("data-end", String(c.endTime));
          b.textContent = c.getCueAsHTML ? c.getCueAsHTML().textContent : c.text;
          p.appendChild(b);
          p.appendChild(document.createTextNode(" "));
        }
        cueBox.appendChild(p);
        collectCues();
        update();
      }
      if (trackEl.readyState === 2) { build(); } else { trackEl.addEventListener("load", build); }
    }

    function highlight(t) {
      var found = -1;
      for (var i = 0; i < cues.length; i++) {
        var s = parseFloat(cues[i].getAttribute("data-start"));
        var e = parseFloat(cues[i].getAttribute("data-end"));
        if (t >= s && t < e) { found = i; break; }
        if (s > t) { break; }
      }
      if (found === current) { return; }
      if (current >= 0 && cues[current]) {
        cues[current].classList.remove("ad-current");
        cues[current].removeAttribute("aria-current");
      }
      current = found;
      if (found >= 0) {
        cues[found].classList.add("ad-current");
        cues[found].setAttribute("aria-current", "true");
        keepVisible(cues[found]);
      }
    }

    // In the embedded view the transcript is a short scrolling box: keep the sentence in it,
    // moving only the box (scrollIntoView would also scroll the news page around the iframe).
    function keepVisible(el) {
      if (!cueBox || cueBox.scrollHeight <= cueBox.clientHeight) { return; }
      var top = el.getBoundingClientRect().top - cueBox.getBoundingClientRect().top + cueBox.scrollTop;
      if (top < cueBox.scrollTop || top + el.offsetHeight > cueBox.scrollTop + cueBox.clientHeight) {
        cueBox.scrollTop = Math.max(0, top - cueBox.clientHeight / 3);
      }
    }

    function highlightChapter(t) {
      var found = -1;
      for (var i = 0; i < chapterButtons.length; i++) {
        if (parseFloat(chapterButtons[i].getAttribute("data-start")) <= t + 0.05) { found = i; }
      }
      if (found === currentChapter) { return; }
      chapterButtons.forEach(function (b, i) {
        if (i === found) { b.setAttribute("aria-current", "true"); } else { b.removeAttribute("aria-current"); }
      });
      currentChapter = found;
    }

    function update() {
      var t = audio.currentTime || 0;
      var d = duration();
      if (time) { time.textContent = fmt(t) + " / " + fmt(d); }
      if (seek) {
        seek.max = String(Math.max(1, Math.ceil(d)));
        if (document.activeElement !== seek) { seek.value = String(t); }
        seek.setAttribute("aria-valuetext", fmt(t) + " of " + fmt(d));
      }
      if (play) {
        var playing = !audio.paused && !audio.ended;
        play.textContent = playing ? "Pause" : "Play";
        play.setAttribute("aria-label", playing ? "Pause" : "Play");
        play.setAttribute("aria-pressed", playing ? "true" : "false");
      }
      highlight(t);
      highlightChapter(t);
    }

    function toggle() {
      if (audio.paused || audio.ended) {
        var p = audio.play();
        if (p && p.catch) { p.catch(function () { update(); }); }
      } else {
        audio.pause();
      }
    }

    if (play) { play.addEventListener("click", toggle); }
    if (back) { back.addEventListener("click", function () { seekTo(audio.currentTime - SKIP_S); }); }
    if (fwd) { fwd.addEventListener("click", function () { seekTo(audio.currentTime + SKIP_S); }); }
    if (speed) {
      speed.addEventListener("change", function () {
        audio.playbackRate = parseFloat(speed.value) || 1;
      });
    }
    if (seek) {
      seek.addEventListener("input", function () { seekTo(parseFloat(seek.value)); });
    }
    chapterButtons.forEach(function (b) {
      b.addEventListener("click", function () {
        seekTo(parseFloat(b.getAttribute("data-start")));
      });
    });
    ["timeupdate", "play", "pause", "ended", "loadedmetadata", "seeked", "ratechange"].forEach(function (ev) {
      audio.addEventListener(ev, update);
    });

    // Keyboard: Space/K play-pause, J/Left back, L/Right forward, unless a control wants the key.
    // With one player on the page (its own page, or the embed) the keys work from anywhere.
    var keyTarget = document.querySelectorAll(".ad-player").length === 1 ? document : root;
    keyTarget.addEventListener("keydown", function (ev) {
      if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
      var tag = (ev.target && ev.target.tagName) || "";
      var inControl = /^(BUTTON|INPUT|SELECT|TEXTAREA|SUMMARY|A)$/.test(tag);
      var key = ev.key;
      if ((key === " " && !inControl) || key === "k" || key === "K") {
        if (tag === "TEXTAREA") { return; }
        ev.preventDefault();
        toggle();
      } else if ((key === "ArrowLeft" && !inControl) || key === "j" || key === "J") {
        if (tag === "TEXTAREA") { return; }
        ev.preventDefault();
        seekTo(audio.currentTime - SKIP_S);
      } else if ((key === "ArrowRight" && !inControl) || key === "l" || key === "L") {
        if (tag === "TEXTAREA") { return; }
        ev.preventDefault();
        seekTo(audio.currentTime + SKIP_S);
      }
    });

    var embed = root.querySelector(".ad-embed-code");
    if (embed) { embed.addEventListener("focus", function () { embed.select(); }); }

    collectCues();
    cuesFromTrack();
    update();
  }

  function init() {
    if (/[?&]embed=1(&|$)/.test(window.location.search)) {
      document.documentElement.className += " ad-embedded";
    }
    Array.prototype.forEach.call(document.querySelectorAll(".ad-player"), setup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
