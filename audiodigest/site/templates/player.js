/* audiodigest player: plain script, no dependencies, no network beyond the page's own files.
 * Enhances every .ad-player on the page: play/pause, -15/+15 s, speed, seek bar, chapters (a
 * list or a menu) that seek, and a transcript whose current sentence is highlighted and
 * clickable. The transcript comes from the page when it was rendered with cues, else from the
 * <track>. Words come from the page (data-l-*), so they are in the episode's language. */
(function () {
  "use strict";
  var SKIP_S = 15;
  var audios = [];

  function fmt(t) {
    if (!isFinite(t) || t < 0) { t = 0; }
    t = Math.floor(t);
    var h = Math.floor(t / 3600), m = Math.floor((t % 3600) / 60), s = t % 60;
    var ss = (s < 10 ? "0" : "") + s;
    if (h > 0) { return h + ":" + (m < 10 ? "0" : "") + m + ":" + ss; }
    return m + ":" + ss;
  }

  function key(text) {
    return (text || "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function setup(root) {
    var audio = root.querySelector("audio");
    if (!audio) { return; }
    audios.push(audio);
    var words = {
      play: root.getAttribute("data-l-play") || "Play",
      pause: root.getAttribute("data-l-pause") || "Pause",
      of: root.getAttribute("data-l-of") || "of"
    };
    var play = root.querySelector(".ad-play");
    var playLabel = play && play.querySelector(".ad-label");
    var back = root.querySelector(".ad-back");
    var fwd = root.querySelector(".ad-fwd");
    var speed = root.querySelector(".ad-speed");
    var seek = root.querySelector(".ad-seek");
    var time = root.querySelector(".ad-time");
    var menu = root.querySelector(".ad-chapter-menu");
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

    // Pages rendered without cues: the transcript from the VTT track, a spoken chapter title
    // as a heading, as the page itself would have it.
    function cuesFromTrack() {
      var trackEl = audio.querySelector("track");
      if (!trackEl || !cueBox || cueBox.querySelector(".ad-cue")) { return; }
      var track = trackEl.track;
      track.mode = "hidden";
      var titles = {};
      chapterButtons.forEach(function (b) {
        var t = b.querySelector(".ad-ct");
        titles[key(t ? t.textContent : "")] = parseFloat(b.getAttribute("data-start"));
      });
      function build() {
        if (!track.cues || cueBox.querySelector(".ad-cue")) { return; }
        var p = null;
        for (var i = 0; i < track.cues.length; i++) {
          var c = track.cues[i];
          var b = document.createElement("button");
          b.type = "button";
          b.className = "ad-cue";
          b.setAttribute("data-start", String(c.startTime));
          b.setAttribute("data-end", String(c.endTime));
          b.textContent = c.getCueAsHTML ? c.getCueAsHTML().textContent : c.text;
          var k = key(b.textContent);
          if (Object.prototype.hasOwnProperty.call(titles, k) && c.startTime >= titles[k] - 0.01) {
            delete titles[k];
            var h = document.createElement("h3");
            h.className = "ad-cue-heading";
            h.appendChild(b);
            cueBox.appendChild(h);
            p = null;
            continue;
          }
          if (!p) { p = document.createElement("p"); cueBox.appendChild(p); }
          p.appendChild(b);
          p.appendChild(document.createTextNode(" "));
        }
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
      }
    }

    function highlightChapter(t) {
      var starts = chapterButtons.length ? chapterButtons.map(function (b) {
        return parseFloat(b.getAttribute("data-start"));
      }) : (menu ? Array.prototype.map.call(menu.options, function (o) {
        return parseFloat(o.value);
      }) : []);
      var found = -1;
      for (var i = 0; i < starts.length; i++) {
        if (starts[i] <= t + 0.05) { found = i; }
      }
      if (found === currentChapter) { return; }
      chapterButtons.forEach(function (b, i) {
        if (i === found) { b.setAttribute("aria-current", "true"); } else { b.removeAttribute("aria-current"); }
      });
      if (menu && found >= 0 && document.activeElement !== menu) { menu.selectedIndex = found; }
      currentChapter = found;
    }

    function update() {
      var t = audio.currentTime || 0;
      var d = duration();
      if (time) { time.textContent = fmt(t) + " / " + fmt(d); }
      if (seek) {
        seek.max = String(Math.max(1, Math.ceil(d)));
        if (document.activeElement !== seek) { seek.value = String(t); }
        seek.setAttribute("aria-valuetext", fmt(t) + " " + words.of + " " + fmt(d));
      }
      if (play) {
        var playing = !audio.paused && !audio.ended;
        root.classList.toggle("ad-playing", playing);
        play.setAttribute("aria-label", play.getAttribute(playing ? "data-pause-label" : "data-play-label"));
        if (playLabel) { playLabel.textContent = playing ? words.pause : words.play; }
      }
      highlight(t);
      highlightChapter(t);
    }

    function toggle() {
      if (audio.paused || audio.ended) {
        if (audio.preload === "none") { audio.preload = "metadata"; }
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
    if (menu) {
      menu.addEventListener("change", function () { seekTo(parseFloat(menu.value)); });
    }
    chapterButtons.forEach(function (b) {
      b.addEventListener("click", function () {
        seekTo(parseFloat(b.getAttribute("data-start")));
      });
    });
    ["timeupdate", "play", "pause", "ended", "loadedmetadata", "seeked", "ratechange"].forEach(function (ev) {
      audio.addEventListener(ev, update);
    });
    // One voice at a time: starting a player pauses the others on the page (the index).
    audio.addEventListener("play", function () {
      audios.forEach(function (other) { if (other !== audio && !other.paused) { other.pause(); } });
    });

    // Keyboard: Space/K play-pause, J/Left back, L/Right forward, unless a control wants the key.
    // With one player on the page (its own page, or the embed) the keys work from anywhere.
    var keyTarget = document.querySelectorAll(".ad-player").length === 1 ? document : root;
    keyTarget.addEventListener("keydown", function (ev) {
      if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
      var tag = (ev.target && ev.target.tagName) || "";
      if (tag === "TEXTAREA" || (tag === "INPUT" && ev.target.type === "text")) { return; }
      var inControl = /^(BUTTON|INPUT|SELECT|SUMMARY|A)$/.test(tag);
      var k = ev.key;
      if ((k === " " && !inControl) || k === "k" || k === "K") {
        ev.preventDefault();
        toggle();
      } else if ((k === "ArrowLeft" && !inControl) || k === "j" || k === "J") {
        ev.preventDefault();
        seekTo(audio.currentTime - SKIP_S);
      } else if ((k === "ArrowRight" && !inControl) || k === "l" || k === "L") {
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
    // Snippets from before the embed page pointed at the episode's page with ?embed=1: show
    // them the compact player now.
    var page = document.querySelector(".ad-player[data-embed]");
    if (page && /[?&]embed=1(&|$)/.test(window.location.search)) {
      window.location.replace(page.getAttribute("data-embed"));
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll(".ad-player"), setup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
