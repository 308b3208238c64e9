# str.format_map(mapping): named fields read mapping[name] through
# __getitem__ (an instance of any class that has it), positional fields are
# refused, a missing key raises what the mapping raises.
class Defaults:
    def __init__(self, known):
        self.known = known
    def __getitem__(self, key):
        if key in self.known:
            return self.known[key]
        return '<' + key + '>'

class Strict:
    def __getitem__(self, key):
        raise LookupError('no ' + key)

point = {'x': 3, 'y': -4, 'tags': ['a', 'b'], 'inner': {'k': 'v'}}
print('{x},{y}'.format_map(point))
print('{x:>5}|{y:+06}|{tags[1]}|{inner[k]!r}|{x!s:^7}'.format_map(point))
print('{name} is {age:d}; {missing}'.format_map(Defaults({'name': 'Ada', 'age': 36})))
print('{{literal}} {x}'.format_map(point), ''.format_map({}), 'plain'.format_map(point))
print('{x:{y}}|'.format_map({'x': 'ab', 'y': 5}))

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: '{0}'.format_map(point))
attempt(lambda: '{}'.format_map(point))
attempt(lambda: '{z}'.format_map(point))
attempt(lambda: '{a}'.format_map(Strict()))
attempt(lambda: '{a}'.format_map(5))
attempt(lambda: '{x'.format_map(point))
attempt(lambda: 'x'.format_map())
attempt(lambda: 'x'.format_map(point, point))
attempt(lambda: '{x.real}'.format_map({'x': 5}) if False else 'skip')
