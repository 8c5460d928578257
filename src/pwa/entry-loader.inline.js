// The one inline script of every built page (allowed by its hash in the page's CSP), written in
// at the end of the body by src/pwa/entry-loader.ts. The first paint needs nothing but the HTML and its inlined CSS:
// the app's entry (this script's data-entry) is requested only once that paint is on screen, so
// no request, whichever ends first, can hold the paint back. Plain ES2017, no imports.
(function (script) {
  var entry = script && script.getAttribute('data-entry');
  var started = false;
  // At the end of the body, before the first paint: a deep link served the prerendered home
  // (the server's fallback page), whose content is not the page asked for. It stays hidden
  // until the app has rendered the right one (src/main.tsx).
  var trim = function (path) {
    return path.length > 1 ? path.replace(/\/+$/, '') : path;
  };
  var shell = document.querySelector('#app .shell');
  var shown = shell && shell.getAttribute('data-path');
  if (shown && trim(shown) !== trim(location.pathname)) {
    document.documentElement.setAttribute('data-other-page', '');
  }
  // Chromium may offer installation before the app has started: keep the offer for the app
  // (src/pwa/install.ts), which shows its own button.
  addEventListener('beforeinstallprompt', function (event) {
    event.preventDefault();
    window.incidentNaviInstallPrompt = event;
  });
  // A tap on a button before its page works (the app starts after the paint) is kept: the
  // page taps it again once it works (src/app/early-tap.ts), and from then on nothing is kept.
  document.addEventListener(
    'click',
    function (event) {
      var target = event.target;
      var button = target && target.closest && target.closest('button');
      if (button && !window.incidentNaviPageWorks) window.incidentNaviEarlyTap = button;
    },
    true,
  );
  // So is a choice made in a list (the language on home): the page makes it again.
  document.addEventListener(
    'change',
    function (event) {
      var target = event.target;
      if (target && target.tagName === 'SELECT' && !window.incidentNaviPageWorks) {
        window.incidentNaviEarlyChoice = { select: target, value: target.value };
      }
    },
    true,
  );
  function start() {
    if (started || !entry) return;
    started = true;
    var app = document.createElement('script');
    app.type = 'module';
    app.src = entry;
    document.head.appendChild(app);
  }
  function soon() {
    setTimeout(start);
  }
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (types && types.indexOf('paint') >= 0) {
    // The paint entry is reported once the frame is presented.
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      soon();
    }).observe({ type: 'paint', buffered: true });
    // A page that paints no text or image reports no contentful paint: start a little later.
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(start, 500);
      });
    });
  } else {
    requestAnimationFrame(function () {
      requestAnimationFrame(soon);
    });
  }
})(document.currentScript);
