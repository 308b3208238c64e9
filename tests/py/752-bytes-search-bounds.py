# bytes.find/count/startswith read start and end as str.find does: None,
# __index__, and ints beyond 64 bits clamp (slice_search_bounds).
class I:
    def __index__(self):
        return 1
print(b'abc'.find(b'a', 0, 10**30), b'abc'.startswith(b'b', I()), b'abc'.count(b'b', I()), b'abc'.find(b'c', None, -0))
print('abc'.find('a', 0, 10**30), 'abc'.startswith('b', I()), b'abcabc'.rfind(b'', 2, 4), b'abc'.find(b'', 5))
try:
    b'abc'.find(b'a', 'x')
except TypeError as e:
    print(e)
