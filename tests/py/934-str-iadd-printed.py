# A printed str is held by stdout's TextIOWrapper (its pending list) until
# the buffer is written out, so s += t right after print(s) cannot grow s in
# place; a str that was only compared, sliced or searched still can.
def printed(n):
    s = 'pr' * 3
    same = []
    for i in range(n):
        print(s)
        old = id(s)
        s += 'x'
        same.append(id(s) == old)
    return same

def looked_at(n):
    s = 'lk' * 3
    same = []
    for i in range(n):
        t = s[1:3] + s[-1]
        k = s.find('x') + (s == 'abc') + ('k' in s) + len(s.upper())
        old = id(s)
        s += 'x'
        same.append(id(s) == old)
    return same

print(printed(12))
print(looked_at(12))
print(printed(3))
