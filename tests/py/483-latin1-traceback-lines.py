# -*- coding: latin-1 -*-
# A latin-1 file: the traceback reads its lines through io in that
# encoding, so they show decoded (café), the carets counted in the
# decoded text.
def price(item):
    table = {"thé": 2}
    return table["café"] + table[item]  # à la carte


print(price.__name__, "élève")
price("thé")
