# A chained comparison in a while test raises at its link, as python3 shows.
def count(a):
    n = 0
    while 0 <= n < \
            a:
        n += 1
    return n


print(count(3))
print(count('x'))
