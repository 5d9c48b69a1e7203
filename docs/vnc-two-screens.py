"""Usage: python3 docs/vnc-two-screens.py 5998 [one]

Asks a TigerVNC server for a two-screen layout (RFB ExtendedDesktopSize / SetDesktopSize),
so its RandR shows two outputs side by side: a 1440x900 laptop and a 1920x1080 projector
(or, with "one", only the laptop: unplugging the projector)."""
import socket, struct, sys, time
port = int(sys.argv[1]) if len(sys.argv) > 1 else 5998
s = socket.create_connection(("127.0.0.1", port))
def recv(n):
    b = b""
    while len(b) < n:
        c = s.recv(n - len(b))
        if not c: raise SystemExit("closed")
        b += c
    return b
print(recv(12)); s.sendall(b"RFB 003.008\n")
n = recv(1)[0]; types = recv(n); print("sec types", list(types))
s.sendall(bytes([1])); print("sec result", struct.unpack(">I", recv(4)))
s.sendall(bytes([1]))  # shared
w, h = struct.unpack(">HH", recv(4)); recv(16); name = recv(struct.unpack(">I", recv(4))[0]); print("fb", w, h, name)
encs = [0, -308]
s.sendall(struct.pack(">BBH", 2, 0, len(encs)) + b"".join(struct.pack(">i", e) for e in encs))
s.sendall(struct.pack(">BBHHHH", 3, 0, 0, 0, w, h))
two = len(sys.argv) < 3 or sys.argv[2] != "one"
screens = [(1, 0, 0, 1440, 900), (2, 1440, 0, 1920, 1080)] if two else [(1, 0, 0, 1440, 900)]
msg = struct.pack(">BBHHBB", 251, 0, 3360 if two else 1440, 1080 if two else 900, len(screens), 0)
for sid, x, y, sw, sh in screens:
    msg += struct.pack(">IHHHHI", sid, x, y, sw, sh, 0)
s.sendall(msg)
time.sleep(2)
s.settimeout(1)
try:
    data = s.recv(4096); print("got", len(data), data[:40].hex())
except socket.timeout:
    pass
s.close()
