# A float's spec with both 'z' and '#' and no width or sign: the text
# PyOS_double_to_string writes is asked for with z before # (the order
# the spec grammar reads them), not as a '#' then a type 'z'.
for s in ["z#", "z#.3", "z#g", "z#10", "+z#", "z#e", "z#%", " z#.0f", "z#.0", "z0#"]:
    for v in [0.0, -0.0, 1.5, -1e-9, 3, 2j, -0.0-0j, "s"]:
        try:
            print(repr(s), repr(v), repr(format(v, s)), repr(f"{v:{s}}"), "{:{}}".format(v, s))
        except Exception as e:
            print(repr(s), repr(v), e)
