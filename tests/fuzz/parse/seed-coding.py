# -*- coding: latin-1 -*-
s = "é"
f"{s!r:>10}" \
  "x"
if (a :=
 1): pass
