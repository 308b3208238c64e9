# str.translate(table) (_PyUnicode_TranslateCharmap, errors "ignore"): an
# int made for each lookup and a KeyError made and cleared for each miss,
# the ASCII fast path's table of answers (each character looked up once)
# falling back to the slow path at the first answer that is no ASCII
# character, the writer's buffer made at the str's length and widened,
# grown or cut as written; its errors, refcounts and tracemalloc's peaks.
import sys, tracemalloc
t = str.maketrans('abc', 'xyz', 'd')
print('abcdd e'.translate(t), 'héllo wörld'.translate({ord('ö'): 'oe', ord('l'): None, 104: 'H'}))
print('abc'.translate({97: 'ααα'}), 'abc'.translate({97: 300}), 'aaa'.translate({97: None}), ''.translate({}))
print('abc'.translate([]), 'a'.translate({97: 'b'}), 'ab'.translate({98: None}), 'abc'.translate('XYZ' * 40))
print('a€b'.translate({8364: 'E', 98: ''}), 'xyyyz'.translate({121: None, 122: 'ZZ'}))
e = ''
print(e.translate({}) is e, sys.getrefcount('q'.translate({})))
for f in [lambda: 'a'.translate({97: 2**64}), lambda: 'a'.translate({97: -1}), lambda: 'a'.translate({97: 1.5}),
          lambda: 'é'.translate({233: 0x110000}), lambda: 'a'.translate(), lambda: 'a'.translate(5),
          lambda: 'ab'.translate({97: None, 98: []}), lambda: 'a'.translate(table={})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
tracemalloc.start()
for s, tb in [('hello world', {104: 'J'}), ('hello world' * 20, str.maketrans('lo', 'LO', ' ')),
              ('héllo' * 30, {108: 'LLL'}), ('abc' * 50, {97: 'é'}), ('abc' * 50, {97: '€'}),
              ('x' * 100, {}), ('ab' * 100, {98: None}), ('a', {}), ('ab' * 60, {97: 'xyz'}),
              ('a€' * 50, {97: None}), ('abc' * 30, {99: 400})]:
    tracemalloc.reset_peak()
    r = s.translate(tb)
    print(len(r), tracemalloc.get_traced_memory(), sys.getrefcount(r))
    r = tb = None
