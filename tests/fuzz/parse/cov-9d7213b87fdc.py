["x"] = 3
print(d2)
print(dict.fx =V]) ^ >x =`1
i 
i    ;y = 2
~a & ~b 