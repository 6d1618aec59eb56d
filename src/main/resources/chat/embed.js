/*
 * Kefu chat launcher. A shop includes it with one tag:
 *   <script src="https://KEFU-HOST/chat/embed.js?shop=SHOP_ID" async></script>
 * (or data-shop="SHOP_ID" on the tag; &lang=en for English). It adds a button that opens
 * the shop's chat page in a frame; the page itself does the chatting.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var source = new URL(script.src, document.baseURI);
  var shop = script.getAttribute('data-shop') || source.searchParams.get('shop');
  if (!shop || !/^\d+$/.test(shop)) {
    return;
  }
  var lang = script.getAttribute('data-lang') || source.searchParams.get('lang');
  var label = "__LABEL__";
  var closeLabel = "__CLOSE__";
  var url = source.origin + '/chat/' + shop + (lang ? '?lang=' + encodeURIComponent(lang) : '');
  var frame = null;

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.style.cssText = 'position:fixed;right:20px;bottom:20px;z-index:2147483000;padding:10px 18px;'
    + 'border:0;border-radius:22px;background:#e4572e;color:#fff;font:15px/1.4 system-ui,sans-serif;'
    + 'box-shadow:0 2px 8px rgba(0,0,0,.2);cursor:pointer';

  button.addEventListener('click', function () {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = url;
      frame.title = label;
      frame.style.cssText = 'position:fixed;right:20px;bottom:76px;z-index:2147483000;width:360px;'
        + 'max-width:calc(100vw - 40px);height:560px;max-height:calc(100vh - 100px);border:1px solid #e5e7eb;'
        + 'border-radius:12px;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.2)';
      document.body.appendChild(frame);
    } else {
      frame.hidden = !frame.hidden;
    }
    var open = !frame.hidden;
    button.textContent = open ? closeLabel : label;
    button.setAttribute('aria-expanded', String(open));
  });

  function mount() {
    document.body.appendChild(button);
  }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
