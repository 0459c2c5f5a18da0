"""Writes the .npy and .npz fixtures of NpyTest and NpzTest with NumPy. Run from this folder:
python3 make_fixtures.py. The tests assert the values written here, element for element."""
import numpy as np
from numpy.lib import format as npformat

FLOATS = [1.5, -2.25, np.pi, -0.0, np.inf, -np.inf]
INTS = [0, 1, -1, 2**31 - 1, -2**31, 123456]
LONGS = [0, -1, 2**63 - 1, -2**63, 1234567890123, 42]
BOOLS = [True, False, False, True, True, False]


def save(name, array):
    np.save(name, array)


# Each dtype little-endian in C order, rank 1: the bytes NpyTest writes must equal these files.
save("f8.npy", np.array(FLOATS, dtype="<f8"))
save("f4.npy", np.array(FLOATS, dtype="<f4"))
save("i4.npy", np.array(INTS, dtype="<i4"))
save("i8.npy", np.array(LONGS, dtype="<i8"))
save("b1.npy", np.array(BOOLS, dtype="|b1"))

# Ranks 0 to 3, big-endian and Fortran order.
save("f8_scalar.npy", np.array(2.5, dtype="<f8"))
save("i8_scalar_big.npy", np.array(-7, dtype=">i8"))
save("f8_2x3_big.npy", np.arange(6, dtype=">f8").reshape(2, 3) / 4)
save("f4_2x3_fortran.npy", np.asfortranarray(np.arange(6, dtype="<f4").reshape(2, 3)))
save("i4_2x3x4_fortran_big.npy", np.asfortranarray(np.arange(24, dtype=">i4").reshape(2, 3, 4) - 12))
save("b1_2x2_fortran.npy", np.asfortranarray(np.array([[True, False], [False, False]])))
save("f8_empty_0x3.npy", np.zeros((0, 3), dtype="<f8"))

# Header versions 2.0 and 3.0, which NumPy writes only when asked (or for long or non-latin-1 headers).
with open("f8_version2.npy", "wb") as f:
    npformat.write_array(f, np.array([1.0, 2.0, 3.0]), version=(2, 0))
with open("f8_version3.npy", "wb") as f:
    npformat.write_array(f, np.array([1.0, 2.0, 3.0]), version=(3, 0))

# Archives: savez stores its entries, savez_compressed deflates them; both keep the order given.
state = {
    "w": np.array([0.5, -1.25, 3.0]),
    "b": np.array(0.75),
    "steps": np.array(100, dtype="<i8"),
    "mask": np.array([[True, False], [False, True]]),
}
np.savez("state.npz", **state)
np.savez_compressed("state_compressed.npz", **state)

# Refused dtypes.
save("c16.npy", np.array([1 + 2j]))
save("u1.npy", np.array([1, 2], dtype="u1"))
np.save("object.npy", np.array([1, "a"], dtype=object), allow_pickle=True)
save("structured.npy", np.zeros(2, dtype=[("x", "<f8"), ("y", "<i4")]))
