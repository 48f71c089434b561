# Two commands for a fresh Debian 12 machine: `make demo` and `make test`.
# Both install what is missing, configure with CMake and build; `test` uses the
# sanitizer build (ASan + UBSan, warnings as errors) and runs the whole ctest suite, then
# runs the unit suites under valgrind in a build without sanitizers.

BUILD     ?= build
TESTBUILD ?= build-asan
VGBUILD   ?= build-valgrind
OUT       ?= out
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)

SOURCES    = $(shell git ls-files '*.c' '*.h' 2>/dev/null)

.PHONY: all deps build demo test format format-check clean

all: build

deps:
	./scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	./$(BUILD)/veikart demo --out $(OUT)

test: deps format-check
	cmake -S . -B $(TESTBUILD) -DCMAKE_BUILD_TYPE=Debug -DVK_SANITIZE=ON -DVK_WERROR=ON
	cmake --build $(TESTBUILD) -j $(JOBS)
	cd $(TESTBUILD) && ctest --output-on-failure -j $(JOBS)
	cmake -S . -B $(VGBUILD) -DCMAKE_BUILD_TYPE=Debug -DVK_VALGRIND=ON -DVK_WERROR=ON
	cmake --build $(VGBUILD) -j $(JOBS)
	cd $(VGBUILD) && ctest --output-on-failure -j $(JOBS) -L valgrind

format:
	clang-format -i $(SOURCES)

format-check: deps
	clang-format --dry-run --Werror $(SOURCES)

clean:
	rm -rf $(BUILD) $(TESTBUILD) $(VGBUILD) $(OUT)
