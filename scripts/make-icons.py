"""Draws the extension icon (an eye in a rounded square) as PNGs in public/icons. Pure Python."""
import math, struct, zlib, pathlib

def png(size):
    rows = []
    c = (size - 1) / 2
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            # rounded square
            r = size * 0.22
            dx = max(abs(x - c) - (c - r), 0); dy = max(abs(y - c) - (c - r), 0)
            inside = math.hypot(dx, dy) <= r
            px = (0, 0, 0, 0)
            if inside:
                px = (29, 78, 216, 255)
                # eye: a lens shape of two circle arcs, with a pupil
                ex, ey = (x - c) / size, (y - c) / size
                R, d = 0.42, 0.24
                in_eye = math.hypot(ex, ey - d) < R and math.hypot(ex, ey + d) < R
                if in_eye:
                    px = (255, 255, 255, 255)
                    if math.hypot(ex, ey) < 0.11:
                        px = (15, 23, 42, 255)
            row.extend(px)
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')

out = pathlib.Path(__file__).resolve().parent.parent / 'public' / 'icons'
out.mkdir(parents=True, exist_ok=True)
for s in (16, 48, 128):
    (out / f'icon-{s}.png').write_bytes(png(s))
