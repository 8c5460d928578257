// The one inline script of every built page (allowed by its hash in the page's CSP), written in
// at the end of the body by src/pwa/entry-loader.ts. The first paint needs nothing but the HTML and its inlined CSS:
// the app's entry (this script's data-entry) is requested only once that paint is on screen, so
// no request, whichever ends first, can hold the paint back; on a first visit, only at the
// first input (below). Plain ES2017, no imports.
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
  // When the app starts. A page that needs it at once (a deep link, another language, a device
  // with the app's worker or records, a query or a text field) starts it right after the first
  // paint. A first visit's page is complete as prerendered, so its app starts on the first
  // touch, key, focus or change, or once the page has been left alone for a while after
  // loading: reading is never held up by it.
  var LEFT_ALONE_MS = 5000;
  var LOOK_MS = 1000;
  var painted = false;
  var wanted = false;
  var now = false;
  function maybe() {
    if (painted && (now || wanted)) setTimeout(start);
  }
  function want() {
    if (started) return;
    wanted = true;
    maybe();
  }
  function startNow() {
    now = true;
    maybe();
  }
  ['pointerdown', 'touchstart', 'keydown', 'focusin', 'change'].forEach(function (type) {
    document.addEventListener(type, want, { capture: true, passive: true });
  });
  function paintedNow() {
    painted = true;
    maybe();
  }
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (types && types.indexOf('paint') >= 0) {
    // The paint entry is reported once the frame is presented.
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      paintedNow();
    }).observe({ type: 'paint', buffered: true });
    // A page that paints no text or image reports no contentful paint: count it painted a
    // little later.
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(paintedNow, 500);
      });
    });
  } else {
    requestAnimationFrame(function () {
      requestAnimationFrame(paintedNow);
    });
  }
  var sw = navigator.serviceWorker;
  // The app's first install on this device, told to the app (src/pwa/register.ts says when
  // every screen works offline): no worker when this tab first looked, kept for the tab's later
  // pages until the app has said it (a tap on a link loads the next page before the app starts).
  var FIRST_INSTALL = 'incident-navi-first-install';
  function firstInstallOfTab(noWorker) {
    try {
      if (noWorker) sessionStorage.setItem(FIRST_INSTALL, '1');
      return sessionStorage.getItem(FIRST_INSTALL) === '1';
    } catch (_error) {
      return noWorker;
    }
  }
  var noWorker = sw
    ? sw.getRegistration().then(
        function (registration) {
          return !registration;
        },
        function () {
          return false;
        },
      )
    : Promise.resolve(false);
  window.incidentNaviFirstInstall = noWorker.then(firstInstallOfTab);
  function afterLoad(run) {
    if (document.readyState === 'complete') run();
    else addEventListener('load', run);
  }
  function firstVisit() {
    // The worker is not the app's to wait for: it installs now, so the page works offline as
    // soon as before. An update's worker stays the app's to register (its prompt follows it).
    var worker = script && script.getAttribute('data-worker');
    afterLoad(function () {
      if (worker) sw.register(worker).catch(function () {});
      setTimeout(want, LEFT_ALONE_MS);
    });
  }
  try {
    var preferred = (navigator.languages || [navigator.language || '']).map(function (tag) {
      return String(tag).toLowerCase().split('-')[0];
    });
    var firstKnown = preferred.filter(function (base) {
      return base === 'en' || base === 'ja';
    })[0];
    if (
      document.documentElement.hasAttribute('data-other-page') ||
      location.search ||
      document.querySelector('#app input:not([type="hidden"]), #app textarea') ||
      firstKnown === 'en' ||
      !sw ||
      sw.controller ||
      !window.indexedDB ||
      !indexedDB.databases
    ) {
      startNow();
    } else {
      // A first visit: neither the app's worker nor its database on this device. A look that
      // does not answer soon starts the app as before.
      var looked = false;
      setTimeout(function () {
        if (!looked) startNow();
      }, LOOK_MS);
      Promise.all([noWorker, indexedDB.databases()]).then(
        function (found) {
          looked = true;
          var records = found[1].some(function (db) {
            return db.name === 'incident-navi';
          });
          if (found[0] && !records && !now) firstVisit();
          else startNow();
        },
        function () {
          looked = true;
          startNow();
        },
      );
    }
  } catch (_error) {
    // Storage denied (reading indexedDB can throw): the app starts as before.
    startNow();
  }
})(document.currentScript);
