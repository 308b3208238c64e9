# str.replace as replace() allocates: unicode_askind copies of the old text
# (self's kind), of the new text, or of self and the old text (the new
# text's kind), alive until the result is made; the result PyUnicode_New
# of the wider kind, never a cached character, remade narrower when the
# old text held the only wide characters; replace(x, x) returns self.
import tracemalloc
tracemalloc.start()
def m(tag, f):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = f()
    c, p = tracemalloc.get_traced_memory()
    print(tag, repr(r)[:50], c - c0, p - c0)
a = 'hello world hello'; u = 'h\xe9llo w\xf6rld h\xe9llo'; e = 'euro \u20ac sign \u20ac'; w = 'x\U0001f600y'
o = 'o'
m('1', lambda: a.replace('o', '0'))
m('2', lambda: a.replace('hello', 'bye'))
m('3', lambda: a.replace('hello', 'h\xe9'))
m('4', lambda: a.replace('lo', '\u20ac\u20ac'))
m('5', lambda: u.replace('\xe9', 'e'))
m('6', lambda: u.replace('ll', 'LL'))
m('7', lambda: u.replace('h\xe9', 'H'))
m('8', lambda: e.replace('\u20ac', 'EUR'))
m('9', lambda: e.replace(' ', '_'))
m('10', lambda: e.replace('si', 'SI'))
m('11', lambda: e.replace('zz', 'y'))
m('12', lambda: u.replace('zz', 'yy'))
m('13', lambda: w.replace('\U0001f600', ':)'))
m('14', lambda: 'a'.replace('a', 'b'))
m('15', lambda: a.replace(o, o))
m('16', lambda: a.replace('', '-'))
m('17', lambda: u.replace('', '\u20ac', 3))
m('18', lambda: a.replace('hello', '', 1))
m('19', lambda: 'aaa'.replace('a', ''))
m('20', lambda: e.replace('\u20ac', '\xe9'))
m('21', lambda: (e * 20).replace('sign', 'S'))
b = 'b'
print('a'.replace('a', 'b') is b, a.replace(o, o) is a, u.replace('zz', 'yy') is u)
