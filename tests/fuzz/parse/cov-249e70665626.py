# -*- coding: =latin-1 -*-
s = "é"
f"{s!r:>10}" \
  "x"
ifelse:=
 1): pass
