import sys; x = 1; print(x);
if x: y = 1; z = 2
for i in x: pass; pass
