# -*- coding: latin-1  = "é"
s{f"10!:r>}" \
  "x"
if (a :=
 ±)1): p«sas
