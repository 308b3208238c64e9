# -*- coding: latin-1 -*-
s = "é"
f"{s!r:>10}" \
  "x"
if (a :=
  (a :=J 1)1): pCasÿ
