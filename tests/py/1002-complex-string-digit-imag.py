# complex() of a string whose imaginary part is one digit: complex_from_string_inner
# reads the number before the 'j' (only "j", "+j" and "-j" stand for 1j).
for s in ['3j', '  3j ', '(7j)', '-4j', '+9J', '1+2j', '5-3j', '(0j)', 'j', '-j', '+j',
          '12j', '1.5j', '2e1j', '(  8j  )']:
    c = complex(s)
    print(repr(s), c, c.imag, c.real)
for s in ['3jj', '3 j', 'j3', '3+', '(3j']:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), e)
