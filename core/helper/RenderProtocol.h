#pragma once

// The protocol between the viewers (RenderClient) and `amanat-extract --render`, the
// long-lived helper that parses untrusted documents for display.
//
// Every message is one line of compact JSON ending in '\n'. An answer that carries pixels
// says how many bytes follow the line ("bytes"); they are raw RGB888 rows, 3 × width bytes
// each, no padding.
//
//   client → helper   {"size": N, "mime": "...", "name": "..."}  then exactly N bytes
//   helper → client   {"ok": true, "type": "pdf"|"image", "pages": [[w, h], ...]}
//                     (w, h in points for a PDF, in pixels for an image)
//                  or {"ok": false, "error": "..."} and the helper exits
//   then any number of requests, answered in order, each echoing its "id":
//     {"id": n, "op": "render", "page": p, "scale": s}   p from 0; s = pixels per unit
//         → {"id": n, "ok": true, "width": W, "height": H, "bytes": 3·W·H} + pixels
//     {"id": n, "op": "find", "text": "..."}
//         → {"id": n, "ok": true, "hits": [{"page": p, "rects": [[x, y, w, h], ...]}]}
//           rectangles as fractions of the page (0..1, origin top left)
//     {"id": n, "op": "text", "page": p}  → {"id": n, "ok": true, "text": "..."}
//     any request can be answered {"id": n, "ok": false, "error": "..."}
//   end of input (or {"op": "quit"}) ends the helper.

#include <QtGlobal>

namespace amanat::render {

constexpr const char *kRenderFlag = "--render";
/** Longest request or answer line either side accepts. */
constexpr int kMaxLineBytes = 8 << 20;
/** Largest rendered page, in pixels: a bigger scale is lowered to fit. */
constexpr qint64 kMaxRenderPixels = 24'000'000;
/** Most search hits returned for one find request. */
constexpr int kMaxFindHits = 2000;
/** Most pages (or image frames) a document may report. */
constexpr int kMaxPages = 20000;

} // namespace amanat::render
