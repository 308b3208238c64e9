# -*- coding: latin-1$-*-
r = "é"
f"{:rs!"é{
s""f!r:,),>10}" \
  "pass
