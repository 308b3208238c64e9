#!/bin/sh
# 70-demos: every bundled demo (assets/demos/NAME.py) is a differential
# test: `heapviz run` with the demo's profile and collector must print what
# /usr/bin/python3 printed (NAME.out, .err, .rc beside it; `make
# regen-demos` rewrites them).  assets/demos/XFAIL lists, with the reason,
# the demos that heapviz does not match yet.
HV_DIFF_DIR="${TOP_SRCDIR:-.}/assets/demos"
HV_DIFF_GLOB='*.py'
export HV_DIFF_DIR HV_DIFF_GLOB
exec "${SHELL:-/bin/sh}" "${TOP_SRCDIR:-.}/tests/20-differential.sh"
