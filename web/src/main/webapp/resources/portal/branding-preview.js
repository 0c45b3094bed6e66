/*
 * Live preview on the Branding page: the fields' values are drawn on a copy of the portal
 * header and buttons before anything is saved. Only strict #rrggbb values reach the style, the
 * chosen file is shown from memory (an object URL, never uploaded for the preview), and the
 * contrast against white text is computed the way the server checks it (WCAG 2.x), so a colour
 * that would be refused says so while it is typed.
 */
(function () {
  'use strict';
  var HEX = /^#[0-9a-fA-F]{6}$/;
  var AA = 4.5;
  var preview = document.getElementById('brand-preview');
  if (!preview) {
    return;
  }
  function field(role) {
    return document.querySelector('[data-preview="' + role + '"]');
  }
  function channel(hex) {
    var c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
  function contrastWithWhite(colour) {
    var l = 0.2126 * channel(colour.substr(1, 2)) + 0.7152 * channel(colour.substr(3, 2)) + 0.0722 * channel(colour.substr(5, 2));
    return 1.05 / (l + 0.05);
  }
  function readout(input, colour) {
    var out = document.getElementById(input.id.replace(/.*:/, '') + '-contrast');
    if (!out) {
      return;
    }
    if (!HEX.test(colour)) {
      out.textContent = '';
      return;
    }
    var ratio = Math.floor(contrastWithWhite(colour) * 100) / 100;
    out.textContent = (ratio >= AA ? out.dataset.ok : out.dataset.low).replace('{0}', ratio.toFixed(2));
    out.classList.toggle('contrast-low', ratio < AA);
  }
  function colours() {
    var primary = field('primary');
    var accent = field('accent');
    var p = primary.value.trim();
    var a = accent.value.trim();
    if (HEX.test(p)) {
      preview.style.setProperty('--brand', p);
      preview.style.setProperty('--on-brand', contrastWithWhite(p) >= AA ? '#ffffff' : '#111827');
    }
    var linkColour = HEX.test(a) ? a : (HEX.test(p) ? p : null);
    if (linkColour) {
      preview.style.setProperty('--accent', linkColour);
    }
    readout(primary, p);
    readout(accent, a);
  }
  function name() {
    document.getElementById('preview-name').textContent = field('name').value;
  }
  var objectUrl = null;
  function logo() {
    var input = field('logo');
    var image = document.getElementById('preview-logo');
    if (!input.files || input.files.length === 0) {
      return;
    }
    if (objectUrl) {
      URL.revokeObjectURL(objectUrl);
    }
    objectUrl = URL.createObjectURL(input.files[0]);
    image.src = objectUrl;
    image.classList.remove('is-hidden');
  }
  field('primary').addEventListener('input', colours);
  field('accent').addEventListener('input', colours);
  field('name').addEventListener('input', name);
  field('logo').addEventListener('change', logo);
  colours();
}());
