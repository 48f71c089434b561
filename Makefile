# Two commands for a fresh Debian 12 machine: `make demo` and `make test`.
# Both install what is missing, configure with CMake and build; `test` uses the
# sanitizer build (ASan + UBSan, warnings as errors) and runs the whole ctest suite, then
# runs the unit suites under valgrind in a build without sanitizers.

BUILD     ?= build
TESTBUILD ?= build-asan
VGBUILD   ?= build-valgrind
FUZZBUILD ?= build-fuzz
BENCHBUILD ?= build-bench
BENCH_SCALE ?= full
BENCH_RUNS ?= 5
FUZZ_SECONDS ?= 60
OUT       ?= out
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)

SOURCES    = $(shell git ls-files '*.c' '*.h' 2>/dev/null)

.PHONY: all deps build demo test fuzz bench format format-check clean

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

# Each libFuzzer harness for FUZZ_SECONDS on a corpus seeded from samples/ and
# tests/fuzz/seeds; any crash or sanitizer report fails (the input lands in $(FUZZBUILD)).
fuzz: deps
	CC=clang cmake -S . -B $(FUZZBUILD) -DCMAKE_BUILD_TYPE=Debug -DVK_FUZZ=ON -DVK_SANITIZE=ON
	cmake --build $(FUZZBUILD) -j $(JOBS) --target fuzz_date fuzz_yaml fuzz_sheet
	rm -rf $(FUZZBUILD)/corpus && mkdir -p $(FUZZBUILD)/corpus/date $(FUZZBUILD)/corpus/yaml $(FUZZBUILD)/corpus/sheet
	cp tests/fuzz/seeds/date/* $(FUZZBUILD)/corpus/date/
	cp samples/*.yaml tests/fuzz/seeds/yaml/* $(FUZZBUILD)/corpus/yaml/
	cp samples/*.csv tests/fuzz/seeds/sheet/* $(FUZZBUILD)/corpus/sheet/
	for f in date yaml sheet; do \
		(cd $(FUZZBUILD) && ./tests/fuzz_$$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
			-print_final_stats=1 corpus/$$f) || exit 1; \
	done

# veikart against bare C and the tools people use instead, side by side (tests/bench/);
# writes tests/bench/results.md. Takes about 30 minutes; BENCH_SCALE=smoke runs tiny
# sizes once in a minute, to check the suite itself.
bench:
	./scripts/install-deps.sh bench
	cmake -S . -B $(BENCHBUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BENCHBUILD) -j $(JOBS)
	BENCH_SCALE=$(BENCH_SCALE) BENCH_RUNS=$(BENCH_RUNS) tests/bench/run.sh $(BENCHBUILD)

format:
	clang-format -i $(SOURCES)

format-check: deps
	clang-format --dry-run --Werror $(SOURCES)

clean:
	rm -rf $(BUILD) $(TESTBUILD) $(VGBUILD) $(FUZZBUILD) $(BENCHBUILD) $(OUT)
