import DocNorm
