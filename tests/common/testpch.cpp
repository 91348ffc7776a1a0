// Only the host of the tests' precompiled headers (testpch.h, testpch_gui.h):
// CMake's REUSE_FROM needs a target to build each in. Nothing links it.
