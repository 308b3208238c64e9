# -*- coding: latin-1$-*-
s = "é"
f"{s!r:"é"
f"{s!r:,),>10}" \
  "x"
ÿÿÿÿÿÿf (a :=
 1)1): pass
