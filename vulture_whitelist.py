"""Names the dead-code check (`make lint`: vulture, settings in pyproject.toml) cannot see used:
Django, Wagtail, Celery, django-filter and elasticsearch-dsl read them by convention or by a
string (settings, URLconfs, templates, `search_fields`, panels). Each line marks the name used
wherever it is defined, so list a name here only when a framework or a template uses it; code
that nothing uses is deleted, not listed. Decorated hooks (template tags, routable-page
routes, signal receivers, tasks) are left out by `ignore_decorators` instead."""

from types import SimpleNamespace

_ = SimpleNamespace()

# --- Django: options of models, admin, forms, apps, commands, URLs ----------------------------
_.verbose_name
_.verbose_name_plural
_.ordering
_.constraints
_.default_auto_field
_.use_in_migrations
_.swappable
_.USERNAME_FIELD
_.REQUIRED_FIELDS
_.create_user
_.create_superuser
_.widgets
_.label_from_instance
_.clean_expertise  # Form.clean_<field>
_.clean_photo
_.get_languages_display  # Model.get_<field>_display, in templates
_.get_latest_completion_display
_.get_queryset
_.get_object
_.list_display
_.list_filter
_.list_per_page
_.ready  # AppConfig
_.CommunityConfig
_.GuideConfig
_.OpengovConfig
_.ResourcesConfig
_.SearchConfig
_.StoriesConfig
_.Command  # management commands
_.add_arguments
_.help
_.app_name  # URLconfs
_.handler404
_.handler500
_.page_not_found  # named by handler404/handler500
_.server_error
_.exception
_.regex  # path converters
_.to_python
_.to_url
_.site_navigation  # context processors, named in settings
_.site_identity
_.AccountAdapter  # allauth's adapter, named in settings (ACCOUNT_ADAPTER)
_.format_email_subject
_.RejectNullBytesMiddleware  # named in settings
_.OpenSearchEngine  # SEARCH_ENGINES names it (import_string)
_.FirstVisitLanguageMiddleware  # named in settings
_._wagtail_route_for_request  # Wagtail's Page.route_for_request reads the route kept here
_.expand_db_attributes_many  # Wagtail's rich-text link handlers
_.application  # WSGI
_.sender  # signal receivers' keyword
# syndication feeds
_.feed_type
_.link
_.subtitle
_.item_title
_.item_description
_.item_link
_.item_guid
_.item_guid_is_permalink
_.item_updateddate
_.item_author_name

# --- Wagtail --------------------------------------------------------------------------------
_.panels
_.icon
_.menu_label
_.menu_icon
_.menu_order
_.parent_page_types
_.subpage_types
_.max_count_per_parent
_.filterset_class
_.serve_preview
_.mode_name
_.search_auto_update
_.wagtail_reference_index_ignore
_.content_object  # taggit's tagged-item models

# --- django-filter: filter methods named by string ------------------------------------------
_.filter_starred
_.filter_text

# --- elasticsearch-dsl: Document options and mapped fields ----------------------------------
_.Index
_.dynamic
_.all_text  # copy_to target of the evidence document

# --- fields and values read by name: templates, forms, panels, importers, search_fields ----
_.created_at
_.updated_at
_.headline
_.bio
_.organisation
_.sector
_.sectors
_.open_to_peer_exchange
_.joined_year
_.website
_.lead_institution
_.supporting_institutions
_.irm_specificity
_.irm_potential_impact
_.irm_report_year
_.source_url
_.due_date
_.is_done
_.iso2
_.is_lead
_.fr  # vocabulary entries: read per language, getattr(term, code)
_.es
_.summary_fr
_.summary_es
_.example_stories
_.standards
_.partners
_.methodologies
_.places
_.authors_text
_.hero_alt_text
_.hero_credit
_.reformers
_.feed_token
_.is_new  # search results, in templates
_.is_sample  # demo action plans, in templates
_.kind_label
_.notice
_.corrected_query
# StreamField blocks' child blocks
_.link_text
_.paragraph
_.call_to_action
_.caption
_.credit
_.attribution
_.figures
_.video
_.key_figures
_.callout
# choices (values stored in the database and in data files)
_.GOVERNMENT
_.CIVIL_SOCIETY
_.PARLIAMENT
_.JUDICIARY
_.ACADEMIA
_.MEDIA
_.PRIVATE_SECTOR
_.MULTILATERAL
_.INITIAL
_.INTERMEDIATE
_.ADVANCED
_.INNOVATIVE

# --- merged with the privacy work ----------------------------------------------------------
_.clean_password  # Form.clean_<field>
_.attr_class  # FileField's file class
_._setup  # LazyObject
_._wrapped
_.adding  # Model._state.adding
_.chooser_viewset_class  # Wagtail snippet viewset
_.base_form_class  # Wagtail page form
_.registered  # personal_data registry, read by its tests and by apps that check their part
_.get_objects  # Wagtail chooser views
_.chosen_view_class
_.chosen_multiple_view_class
_.get_object_list

# --- merged with the demo-data work --------------------------------------------------------
_.expired  # Page fields the demo's publish step sets
_.has_unpublished_changes
_.live_revision
_.hero_heading  # HomePage field, read by its template
# stories/demo/generate_images.py draws each motif with the function named after it
_._bars, _._magnifier, _._documents, _._columns, _._people
_._bubbles, _._network, _._landscape, _._building

# --- merged with the bad-input and outbox work ---------------------------------------------
_.field_class  # django-filter / form field class hooks
_.CoreConfig
_.available_at  # OutboxMessage fields, read in filters by name
_.last_error
_.forget_open_batches  # a fresh worker thread's state, for the tests' rolled-back transactions
_.user_has_any_permission  # Wagtail permission policy
_.add_to_settings_menu  # Wagtail viewset options
_.inspect_view_enabled
_.copy_view_enabled
_.form_fields
_.ContentSecurityPolicyMiddleware  # named in settings.MIDDLEWARE
_.clean_q  # Form.clean_<field>
_.clean_page

# --- connected pages (issue 11): read by templates, or filters declared by name -------------
_.keyword_matches  # community.filters.KeywordFilterSetMixin, read by includes/keyword_notice
_.keyword_limit
_.policy_area  # CommitmentFilter's policy-area filter (?policy_area=)
_.member_plans  # ActionPlan, set by selectors.action_plan_get for its template
_.next_level  # guide.selectors.AssessmentProgress, read by the dashboard
_.saved_search_count  # search.selectors.Dashboard, read by the dashboard

# --- learning ------------------------------------------------------------------------------
_.LearningConfig
_.feedback, _.guide, _.reflection, _.takeaways, _.knowledge_check  # StreamField block fields
_.outcomes, _.audience, _.estimated_hours, _.facilitators, _.minutes  # page fields
_.status_index, _.revoked_by, _.is_revoked  # Certificate: templates, admin, credentials
_.passed_checks, _.percent, _.latest_grade, _.field_name  # read by templates
_.filter_language  # FilterSet method= hook
_.clean_check  # Form.clean_<field>
_.clean_file
_.valid, _.holder, _.issued, _.certificate_path  # Verification: credential_verify.html
_.requires_system_checks  # management command option
_.filename  # upload_to signature
_.status_code  # responses re-rendered with a 400 or 403
_.users_with_any_permission  # Wagtail permission policy
_.user_has_permission_for_instance
_.instances_user_has_any_permission_for
_.exclude_form_fields  # Wagtail viewset options
_.url_prefix
_.index_view_class
_.url_namespace

# --- learning: cohorts -----------------------------------------------------------------------
_.REGIONAL, _.programme, _.places_left  # Cohort: choices, admin field, templates
_.decided_by, _.decided_at, _.submitted_at  # Application: templates, admin, waitlist order
_.shown_profile  # set on applications by cohort_selectors.review for its template
_.edit_handler  # Wagtail viewset option (cohort_admin.SessionViewSet)
_.get_form_class, _.for_update  # Wagtail ModelViewSet hook (cohort_admin.CohortViewSet)
_.help_text  # a form field's, set by cohort_admin.SessionForm
_.level_label  # search Hit: the level in the reader's language, read by search/includes/hit.html
# --- awards --------------------------------------------------------------------------------
_.AwardsConfig
_.edition, _.eligibility, _.jurors_per_nomination, _.citation, _.comment  # model fields
_.descriptor_1, _.descriptor_2, _.descriptor_3, _.descriptor_4, _.descriptor_5
_.assigned_by, _.submitted_at, _.withdrawn_at, _.eligibility_decided_at
_.eligibility_decided_by, _.nominee_declined_at, _.object_type, _.object_id
_.UNASSIGNED, _.CONFLICT, _.RECUSED, _.SCORED, _.JURY_CLOSED, _.PUBLISHED  # audit actions
_.DECLARED  # ConflictDeclaration.Source, written by the jury's services
_.descriptors, _.get_state_display, _.has_rules, _.jury_closes_at, _.rule  # templates
_.can_edit, _.can_withdraw, _.decision, _.category_name  # read by templates
_.in_play  # NominationQuerySet: the jury's selectors
_.nomination_submit  # services: submitting a saved draft (the jury and admin share it)
_.allow_multiple_selected  # Django widget option
_.clean_evidence_links, _.clean_files  # Form.clean_<field>
_.MEMBER, _.REFORMER, _.INITIATIVE  # NomineeKind members, read from the nomination
_.programme, _.nominee, _.nominator, _.adjusted_score, _.comment  # CSV row fields
_.std, _.minimum, _.maximum, _.juror_count, _.raw_score, _.moved  # ranking screen
_.friedman_p, _.icc1_k, _.icc2_k, _.icc3_k  # agreement panel

# --- learning: cohort boards and alumni ------------------------------------------------------
_.field_order  # Django form option (board_forms.ThreadForm)
_.author_url, _.hider_name, _.editable  # set on board posts for the templates (views)
_.edited_at  # Post: shown as "edited" in the templates
_.last_activity_at  # Thread: the board's order (by name in Meta.ordering and the selector)

# --- members at work (issue 14) -------------------------------------------------------------
_.created_by  # PointOfContact: who named them (the workspace admin)
_.can_edit_member  # community.permissions: the workspace views, the API and the admin
# --- the API (Django REST Framework names, read by DRF) ---------------------------------------
_.ApiConfig, _.ApiPagination, _.AnonymousThrottle, _.SignedInThrottle  # settings name them
_.page_size_query_param, _.page_size, _.max_page_size  # PageNumberPagination options
_.get_attribute, _.to_representation, _.get_rate  # DRF field and throttle hooks
_.get_policy_areas, _.get_description  # SerializerMethodField getters
_.commitment_count, _.action_plan_count, _.member_count  # serializer fields (annotations)
_.chapter_slug, _.chapter_title  # serializer fields
_.renderer_classes, _.filter_backends, _.lookup_field, _.lookup_value_regex  # view options
_.strength  # CategoryRanking: the agreement in words, read by the ranking screen
_.changed_by, _.changed_at  # ChangeRecord: shown in the workspace's history table
_.unmeasured  # progress.Rollup: commitments without milestones (docs, API)
_.detail, _.year_only  # timeline.Entry fields read by the timeline template
_.input_type  # Django widget option
_._post_clean, _.clean_date  # Django ModelForm hooks (workspace forms)
_.progress_percent  # set on commitments for the workspace template
# the Open Gov Challenge and the hub charts (issue 14, challenge)
_.review_note, _.reviewed_by, _.reviewed_at  # ChallengeSubmission: shown on the review screens
_.stacked, _.table_rows  # charts.Chart: read by bar_chart.html
_.is_shown  # wagtail MenuItem: the review menu item, for staff only
_.ApiSchemaGenerator  # SPECTACULAR_SETTINGS names it
# follows, notifications and the digest (issue 15, notify)
_.target_id, _.emailed_at  # Notification fields: the generic target, set by the digest
_.notification_count, _.sent_at  # DigestSent: what each week's digest held (admin, audits)
_.clean_next  # Django form hook (community.notify_forms.FollowForm)
# issue 16, semantic: the Elasticsearch engine's kNN side, fused into its search() once the
# live cluster (branch escluster) can check it (docs/search.md, "The semantic retriever")
# performance at scale (issue 17, scale)
_.previous_cursor, _.has_previous  # community.keyset.KeysetPage: read by the pagination templates
_.PageCacheMiddleware  # core.page_cache: MIDDLEWARE names it
_.peer_score  # ranking: the definition PeerMatrix vectorises (tests/search/test_peer_matrix.py)
# issue 16, faceted: elasticsearch.dsl's FacetedSearch calls these on the engine's facets and
# reads the attribute it sets on the response (search.engines.elasticsearch.GroupTermsFacet)
_.add_filter, _.get_value, _.is_filtered
_._faceted_search

# --- locust (benchmarks/locustfile.py): user classes chosen by name on load.py's command line --
_.Reader
_.SignedInReformer
_.BareView
_.wait_time
# --- lists at full scale (issue 17, wave 5) ---------------------------------------------------
_.plan_count  # /members/: set on the page's members (selectors.with_counts), read by the template
_.list_year  # Commitment: the lists' order, read in ordering and index strings
_.renderer  # Widget.render(): a keyword argument BoundField passes (filters.OptionsSelect)
_._reader_tree_reach  # core.routing: how far an address went; languages.fallback_route reads it
_._cached_parent_obj  # treebeard's get_parent reads the parent core.routing already has
_.get_user  # core.auth_backends.ModelBackend: Django's authentication backend API
_.get_all_permissions  # likewise

# --- the reformer directory's listing flags (issue 17, wave 6): filtered on by name ----------
_.listed_public
_.listed_members

# --- the search rebuild (issue 17, wave 7): Wagtail's per-object copy of the sites' root ----
# paths, read by Page._get_site_root_paths
_._wagtail_cached_site_root_paths
