# Docstrings of a module, functions and a class (a constant each).
'''The module's docstring.'''
import gc
def documented():
    '''Says what it does.'''
    return 1
def also():
    '''Another docstring.'''
    x = 1
    return x
class K:
    '''A class docstring.'''
    def m(self):
        '''A method docstring.'''
        return 2
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
