calls = [lambda: str(1, 2, 3, 4), lambda: str(object=1, encoding='a', errors='b', x=2), lambda: str(b'x', 'ascii', object=2),
         lambda: str(zz=1), lambda: str(b'ab', 'ascii'), lambda: str(b'ab', errors='strict'), lambda: str(object='q'),
         lambda: str('s', 'ascii'), lambda: str(5, 'ascii'), lambda: str(b'x', 5), lambda: str(), lambda: str(encoding='ascii')]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
print("abc".isalpha(), "ǅ".isalpha(), "١".isalpha(), {}.keys(), dict(a=1).items())
