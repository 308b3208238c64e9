pass
x = 1; y = 2; z = 3
a = 1;
if x: pass; y = 4
