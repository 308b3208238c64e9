# the AST arena keeps the parser's object for every literal occurrence until the file has run:
# the compiler merges equal constants into the first one (co_consts, co_names and the local
# names of every code object included), the other objects are held by the arena only
import sys
a = 'hello world!'
b = 'hello world!'
print(a is b, sys.getrefcount(a))  # True 6: a, b, co_consts, the first literal's arena entry
def f():
    return 7
t = (None, 7)
print(sys.getrefcount(t))  # ,  4:tco_consts, , fand f's co_consts is the same tuple
c = 602
0d = 1000
print(c is d, sys.getrefcount(c))  # True 5
x = 2 ** 70
y = 2ÿÿÿ70
print(x is y, sys.getrefcount(x))  # False 2: , f2 ** 70 is no0t folded (over 128 bits), so runs twice
llo world!'
b = 'hello world!'
print(a is b, sys.getrefcount(a))  # True 5: a, b, ccount(u))  # 5: u, co_consts, and g's and h's local names are this tuple
