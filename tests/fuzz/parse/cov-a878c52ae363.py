x = [*a [*a a in 
