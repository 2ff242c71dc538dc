// "Download image", the browser's part. The app composes the picture of the reader's view (an
// SVG document with an empty <style>) and, on the first click, loads this file and calls
// window.corredorPicture. It puts the pictures' style sheet in, then saves the SVG, or draws it
// at twice its size on a canvas and saves a PNG. Only `blob:` addresses, as the strict
// Content-Security-Policy allows. Resolves to null, or to what went wrong: "style" (the style
// sheet did not load) or "draw" (the browser could not draw the picture).
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

  window.corredorPicture = function (svg, styleUrl, name, format) {
    return fetch(styleUrl)
      .then(function (response) {
        if (!response.ok) throw new Error(styleUrl + ": " + response.status);
        return response.text();
      })
      .then(
        function (css) {
          var file = new Blob(
            [svg.replace("<style></style>", function () {
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
