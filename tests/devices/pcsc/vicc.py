#!/usr/bin/env python3
"""A virtual insurance card for tst_pcsccardreader, speaking vsmartcard's vpcd socket protocol.

    vicc.py HOST PORT [ok|noapp|pull]

It connects to vpcd (retrying until the reader is up) and serves PharmaPOS's own card layout
(devices/cardreader/pcsccardreader.h): application F0 50 48 41 52 4D 41 50 4F 53, file 0005 holding
the iReadCardBas text in GB18030. Each vpcd message is a 2-byte big-endian length and a payload; a
1-byte payload is a control code (0 off, 1 on, 2 reset, 4 get ATR; only 4 is answered), anything
longer a C-APDU answered with an R-APDU. Modes: ok; noapp (the application is missing); pull (the
card is pulled out when its file is read: the socket closes). Python 3 stdlib only.
"""
import socket
import struct
import sys
import time

ATR = bytes.fromhex("3B80800101")
AID = bytes.fromhex("F0504841524D41504F53")
EF_ID = bytes.fromhex("0005")
# Made-up values (the same card as tests/devices/fakevendorcardlib.cpp).
EF = ("360100|360102198001011235|A12345678|360100D156000005000123456789ABCD|赵六|"
      "00814E3536|3.00|20200101|20300101|T0001|D0001|").encode("gb18030")


def rx(s, n):
    b = b""
    while len(b) < n:
        c = s.recv(n - len(b))
        if not c:
            raise EOFError
        b += c
    return b


def tx(s, d):
    s.sendall(struct.pack(">H", len(d)) + d)


class Pulled(Exception):
    pass


def apdu(c, mode, state):
    ins, p1, p2 = c[1], c[2], c[3]
    lc = c[4] if len(c) > 5 else 0
    data = c[5:5 + lc]
    if ins == 0xA4 and p1 == 0x04:
        state["app"] = mode != "noapp" and data == AID
        return b"\x90\x00" if state["app"] else b"\x6A\x82"
    if ins == 0xA4 and p1 == 0x02:
        state["ef"] = state.get("app", False) and data == EF_ID
        return b"\x90\x00" if state["ef"] else b"\x6A\x82"
    if ins == 0xB0:
        if not state.get("ef"):
            return b"\x69\x86"
        if mode == "pull":
            raise Pulled
        off = (p1 << 8) | p2
        le = (c[4] if len(c) > 4 else 0) or 256
        if off >= len(EF):
            return b"\x6B\x00"
        return EF[off:off + le] + (b"\x90\x00" if off + le <= len(EF) else b"\x62\x82")
    return b"\x6D\x00"


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    mode = sys.argv[3] if len(sys.argv) > 3 else "ok"
    s = None
    for _ in range(200):
        try:
            s = socket.create_connection((host, port))
            break
        except OSError:
            time.sleep(0.05)
    if s is None:
        sys.exit("vicc: vpcd not reachable")
    state = {}
    while True:
        try:
            n, = struct.unpack(">H", rx(s, 2))
            m = rx(s, n)
        except EOFError:
            break
        if n == 1:
            if m[0] == 4:
                tx(s, ATR)
            elif m[0] in (0, 2):
                state = {}
        else:
            try:
                tx(s, apdu(m, mode, state))
            except Pulled:
                s.close()
                break


if __name__ == "__main__":
    main()
