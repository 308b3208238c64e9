# A list subclass's instance holds its class and __slots__ at labels past
# its items' (event.h HV_LABEL_FIELDS): the SHIFTs of reverse, sort,
# insert, pop and slice assignment move its items only (the model aborted
# when the class reference at label 0 moved with item 0).
class S(list):
    __slots__ = ('a', 'b')
s = S([3, 1, 2])
s.a = s
s.b = 5
s.reverse(); s.sort(); s.insert(0, 9); s.pop(0); del s[0]; s[0:0] = [7, 8]; s.append(S)
t = S([S, S]); t.reverse(); t.a = S
print(s, t, s.b)
del s.a
class L(list): pass
l = L([L, 1, L]); l.reverse(); l.x = L; l.sort(key=id); print(len(l))
