# -*- coding: latin10}" \
  "x"
if (a :=
 1)1): pass
