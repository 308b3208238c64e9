# PyUnicode_Format and _PyBytes_FormatEx own the value a %(key) looked up
# (args_owned): it lives until the next key replaces it or the formatting
# ends (released before the result is finished), so a mapping whose
# __getitem__ makes a new object each time is safe and its values die then
class Made:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Made%d' % self.n
    def __del__(self):
        print('del', self.n)

class Fresh:
    def __getitem__(self, key):
        if key == 'bad':
            raise KeyError(key)
        return key * 3 + '!'

class Objects:
    def __getitem__(self, key):
        if key == 'bad':
            raise KeyError(key)
        return Made(len(key))

class Raw:
    def __getitem__(self, key):
        return key + b'?'

print('%(ab)s %(c)s' % Fresh())
print('%(ab)r and %(xyz)r' % Objects())
print(b'%(ab)s|%(c)s' % Raw())
try:
    print('%(ab)r %(bad)s' % Objects())
except KeyError as e:
    print('KeyError', e)
try:
    print('%(abcd)d' % Objects())
except TypeError as e:
    print('TypeError', e)
print('done')
