// "Download image", the browser's part. On the first click the app loads this file and calls
// window.corredorPicture with the view (as its URL gives it), the page's map as XML, the
// statement's packed data and the way to the site's root. It loads the composer (a second wasm,
// src/bin/picture_composer.rs, so the app every reader downloads carries none of the picture's
// code), which draws the picture with an empty <style>; it puts the pictures' style sheet in,
// then saves the SVG, or draws it at twice its size on a canvas and saves a PNG. Only `blob:`
// addresses, as the strict Content-Security-Policy allows. Resolves to null, or to what went
// wrong: "style" (the composer or the style sheet did not load) or "draw" (the picture could
// not be composed or drawn).
(function () {
  "use strict";

  function save(file, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(file);
    link.download = name;
    link.click();
    // The download reads the address after this task.
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 10000);
  }

  function drawnAsPng(svgFile, scale) {
    return new Promise(function (resolve, reject) {
      var address = URL.createObjectURL(svgFile);
      var image = new Image();
      image.onload = function () {
        URL.revokeObjectURL(address);
        var canvas = document.createElement("canvas");
        canvas.width = image.naturalWidth * scale;
        canvas.height = image.naturalHeight * scale;
        canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(function (file) {
          if (file) resolve(file);
          else reject(new Error("toBlob gave nothing"));
        }, "image/png");
      };
      image.onerror = function () {
        URL.revokeObjectURL(address);
        reject(new Error("the SVG did not load as an image"));
      };
      image.src = address;
    });
  }

  // The composer's glue (wasm-bindgen's no-modules target) declares `wasm_bindgen` with `let`
  // at its top level: a global binding other scripts see, though not a property of `window`.
  // It loads its module and then holds its functions.
  var composer = null;
  function loadedComposer(root) {
    if (composer) return composer;
    // Its script once: a second copy would declare `wasm_bindgen` again, which throws.
    var glue = typeof wasm_bindgen === "function" ? Promise.resolve() : new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = root + "picture_composer.js";
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
    composer = glue.then(function () {
      /* global wasm_bindgen */
      return wasm_bindgen({ module_or_path: root + "picture_composer_bg.wasm" });
    }).then(function () {
      return wasm_bindgen;
    });
    // A failed load is tried again on the next click.
    composer.catch(function () {
      composer = null;
    });
    return composer;
  }

  window.corredorPicture = function (query, map, packed, root, format) {
    var picture = null;
    return loadedComposer(root)
      .then(function (made) {
        // A view it cannot read leaves no picture: "draw", once the style sheet is in.
        try {
          picture = made.compose(query, map, packed, format) || null;
        } catch (error) {
          picture = null;
        }
        return fetch(root + "images/picture.css");
      })
      .then(function (response) {
        if (!response.ok) throw new Error("images/picture.css: " + response.status);
        return response.text();
      })
      .then(
        function (css) {
          if (!picture) return "draw";
          var name = picture[1];
          var file = new Blob(
            [picture[0].replace("<style></style>", function () {
              return "<style>" + css + "</style>";
            })],
            { type: "image/svg+xml" }
          );
          if (format === "svg") {
            save(file, name);
            return null;
          }
          // Sharp on a retina screen and in print at a column's width.
          return drawnAsPng(file, 2).then(
            function (png) {
              save(png, name);
              return null;
            },
            function () {
              return "draw";
            }
          );
        },
        function () {
          return "style";
        }
      );
  };
})();
