;;; lsp-client.el --- Emacs (28, Debian's elpa-eglot 1.9) as a client of the Marginalia server -*- lexical-binding: t -*-
;; Run by test/emacs.test.ts: emacs --batch -Q -l lsp-client.el, with MARGINALIA_ROOT and
;; MARGINALIA_SAMPLES (a copy of samples/) set. Prints "OK name" / "FAIL name" lines and exits
;; non-zero on a failure.
(require 'package)
;; -Q skips Debian's site-start, so point package.el at the apt-installed elpa packages.
(setq package-directory-list '("/usr/share/emacs/site-lisp/elpa")
      package-user-dir (expand-file-name "elpa" temporary-file-directory))
(package-initialize)

;; The configuration the README gives, with this checkout's server.
(require 'eglot)
(define-derived-mode article-mode text-mode "Article"
  "News articles, read by Marginalia."
  (visual-line-mode 1))                 ; wrap paragraphs at words
(add-to-list 'auto-mode-alist '("\\.article\\'" . article-mode))
(add-to-list 'eglot-server-programs
             `(article-mode . ("node" ,(expand-file-name "dist/server.js" (getenv "MARGINALIA_ROOT")) "--stdio")))
(add-hook 'article-mode-hook #'eglot-ensure)

(setq eglot-sync-connect t eglot-connect-timeout 20 eglot-autoreconnect nil)
(defvar failures 0)
(defun out (format-string &rest args) (princ (concat (apply #'format format-string args) "\n")))
(defun check (name ok detail)
  (out "%s %s: %s" (if ok "OK" "FAIL") name (replace-regexp-in-string "[ \t\n]+" " " (format "%s" detail)))
  (unless ok (setq failures (1+ failures))))
(defun at (text)
  "Moves point to the first occurrence of TEXT."
  (goto-char (point-min))
  (unless (search-forward text nil t) (error "Not found: %s" text))
  (goto-char (match-beginning 0)))

(find-file (expand-file-name "summit-diplomacy.article" (getenv "MARGINALIA_SAMPLES")))
(run-hooks 'post-command-hook)          ; eglot-ensure connects after a command; batch mode runs none
(unless (eglot-managed-p) (out "FAIL connect: the buffer is not managed by Eglot") (kill-emacs 2))
(defvar server (eglot-current-server))

(at "Seitkali told")
(let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
       (text (and hover (eglot--hover-info (plist-get hover :contents)))))
  (check "hover" (and text (string-match-p "Kazakh President" text)) (and text (truncate-string-to-width text 60))))

;; Definition and references through Eglot's xref backend, as M-. and M-? use it.
(at "Bakhodir Rakhimov")
(let ((intro (list (line-number-at-pos) (current-column))))
  (at "Rakhimov said")
  (let* ((definitions (xref-backend-definitions 'eglot (xref-backend-identifier-at-point 'eglot)))
         (location (and definitions (xref-item-location (car definitions))))
         (found (and location (list (xref-file-location-line location) (xref-file-location-column location)))))
    (check "definition" (equal found intro) found)))

;; The other sample is indexed in the background: ask until it shows up.
(at "Zhunusova said")
(let ((identifier (xref-backend-identifier-at-point 'eglot))
      (here 0) (elsewhere 0) (deadline (+ (float-time) 10)))
  (while (and (= elsewhere 0) (< (float-time) deadline))
    (setq here 0 elsewhere 0)
    (dolist (item (xref-backend-references 'eglot identifier))
      (if (equal (xref-location-group (xref-item-location item)) buffer-file-name)
          (setq here (1+ here))
        (setq elsewhere (1+ elsewhere))))
    (when (= elsewhere 0) (sleep-for 0.1)))
  (check "references" (and (>= here 2) (>= elsewhere 1)) (format "%d here, %d in other files" here elsewhere)))

(eglot-shutdown server)
(kill-emacs (if (> failures 0) 1 0))
