x = a | b ^ c & d << 1 >x = 1
i   ;y = 2
~a & ~b
