# -*- coding: Latin1 -*-
# A spelling get_normal_name leaves alone: fp_setreadl's io.open finds
# the codec through the registry (alias latin1 -> latin_1).
s = 'café µ'
print(ascii(s), len(s), s.encode('utf-8'))
