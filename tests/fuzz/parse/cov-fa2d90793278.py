# -*- coding: latin-1 -*-
s = "é"
f"{s!r:>10}" \
  "x"
if za :=
  (a :=
 1)1): pass
